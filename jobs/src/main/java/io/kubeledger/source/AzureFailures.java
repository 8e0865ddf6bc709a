package io.kubeledger.source;

import com.azure.core.exception.HttpResponseException;
import com.azure.storage.blob.models.BlobStorageException;

/** Words for an Azure call that failed: its HTTP status and, for 401/403, which role the job's identity lacks. */
final class AzureFailures {

    private AzureFailures() {
    }

    static String describe(Throwable failure, String roleNeeded) {
        if (failure instanceof HttpResponseException http && http.getResponse() != null) {
            String detail = http instanceof BlobStorageException storage && storage.getErrorCode() != null
                    ? storage.getErrorCode().toString() : firstLine(http.getMessage());
            return describe(http.getResponse().getStatusCode(), detail, roleNeeded);
        }
        return failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage());
    }

    /** A status the service answered, with what it said. */
    static String describe(int status, String detail, String roleNeeded) {
        String words = "HTTP " + status;
        if (status == 401 || status == 403) {
            words += " (the job's identity is not allowed: it needs " + roleNeeded + ")";
        } else if (status == 429 || status == 503 || status == 504) {
            words += " (still failing after the configured retries)";
        }
        return words + ": " + detail;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
