// What kgraph view's page takes from npm: one global, kgraphLibraries, made by build.mjs.
export { default as Graph } from "graphology";
export { default as Sigma } from "sigma";
export { default as forceAtlas2 } from "graphology-layout-forceatlas2";
export { default as FA2Layout } from "graphology-layout-forceatlas2/worker";
// cheaper programs for large graphs: lines of one pixel, nodes as points
export { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
