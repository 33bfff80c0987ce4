// The saved feature's public server entry for other features' loaders.
export { savedAmong } from "./saved.server";
