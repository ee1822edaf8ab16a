declare module '*.json?raw' {
  const source: string;
  export default source;
}
declare module '*.csv?raw' {
  const source: string;
  export default source;
}
declare module '*.xlsx?url' {
  const url: string;
  export default url;
}
