// Types for the `color-name` package (v2 ships none): CSS colour name → [r, g, b].
declare module 'color-name' {
  const colors: Readonly<Record<string, readonly [number, number, number]>>;
  export default colors;
}
