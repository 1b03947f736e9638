/** The part of mvdan-sh (mvdan/sh's parser compiled to JavaScript) that the policy checks use. */
declare module 'mvdan-sh' {
  type ShParser = { Parse(src: string, name: string): unknown };
  const sh: {
    syntax: {
      NewParser(...options: unknown[]): ShParser;
      NodeType(node: unknown): string;
      Walk(node: unknown, visit: (node: unknown) => boolean): void;
    };
  };
  export default sh;
}
