// The smallest App Router page: the floor that Next.js and React alone set for Lighthouse.
export default function Layout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
