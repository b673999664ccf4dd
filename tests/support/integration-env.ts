// Runs before each integration test file imports the app: point it at the local fake arXiv.
import { inject } from "vitest";

process.env.ARXIV_API_URL = inject("arxivUrl");
process.env.ARXIV_TIMEOUT_MS = "500";
