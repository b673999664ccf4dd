// Runs before each integration test file imports the app: point it at the local fake arXiv.
import { inject } from "vitest";

process.env.ARXIV_API_URL = inject("arxivUrl");
process.env.ARXIV_TIMEOUT_MS = "3000"; // the slow fake answers after 10 s; a loaded 2-core machine needs more than 0.5 s for a real answer
