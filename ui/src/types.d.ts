// Ambient declarations for Cytoscape extensions that ship no types.
declare module 'cytoscape-fcose' {
  const ext: import('cytoscape').Ext;
  export default ext;
}
