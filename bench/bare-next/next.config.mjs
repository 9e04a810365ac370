// The control app's own (empty) settings: without this file Next takes the dashboard's, from the folder above.
export default {};
