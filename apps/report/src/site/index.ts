export { downloadPage, type DownloadPageInput, type FileFacts, factsCounter, factsOf } from "./download-page.ts";
