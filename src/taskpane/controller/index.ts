export * from "./types";
export { ScreeningController, type ScreeningControllerDeps } from "./screening-controller";
