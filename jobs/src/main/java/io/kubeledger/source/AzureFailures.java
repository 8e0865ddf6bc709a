package io.kubeledger.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.FileSystemException;
import java.util.concurrent.TimeoutException;

import com.azure.core.exception.AzureException;
import com.azure.core.exception.HttpResponseException;
import com.azure.storage.blob.models.BlobStorageException;

/**
 * Words for an Azure call that failed: its HTTP status and, for 401/403, which role the
 * job's identity lacks; or, where no answer came, why not. The SDK reports a call that
 * got no answer as whatever its HTTP client threw, wrapped in a Reactor or plain runtime
 * exception: the JDK's client throws a {@link ConnectException} for a refused connection,
 * an {@link HttpTimeoutException} for an answer that did not come in time, an
 * {@link IOException} for a reset one.
 */
final class AzureFailures {

    private AzureFailures() {
    }

    /**
     * The failure as a source that is unavailable, {@code what} (the endpoint and the
     * blob, query or resource) followed by why; any other failure, a bug's, is returned
     * as it is, to fail the run as one.
     */
    static RuntimeException unavailable(RuntimeException failure, String what, String roleNeeded) {
        if (failure instanceof AzureException || noAnswer(failure) != null) {
            return new SourceUnavailableException(what + ": " + describe(failure, roleNeeded), failure);
        }
        return failure;
    }

    static String describe(Throwable failure, String roleNeeded) {
        if (failure instanceof HttpResponseException http && http.getResponse() != null) {
            String detail = http instanceof BlobStorageException storage && storage.getErrorCode() != null
                    ? storage.getErrorCode().toString() : firstLine(http.getMessage());
            return describe(http.getResponse().getStatusCode(), detail, roleNeeded);
        }
        Throwable noAnswer = noAnswer(failure);
        if (noAnswer != null) {
            return why(noAnswer) + ", still after the retries (kubeledger.azure.max-retries): check that the job "
                    + "reaches the endpoint; a later run retries";
        }
        return failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage());
    }

    /** A status the service answered, with what it said. */
    static String describe(int status, String detail, String roleNeeded) {
        String words = "HTTP " + status;
        if (status == 401 || status == 403) {
            words += " (the job's identity is not allowed: it needs " + roleNeeded + ")";
        }
        else if (status == 429 || status == 503 || status == 504) {
            words += " (still failing after the configured retries)";
        }
        return words + ": " + detail;
    }

    /**
     * The network failure in the chain that kept an answer from coming, or null when
     * there is none. A local file that cannot be read or written is the machine's
     * failure, not the endpoint's.
     */
    private static Throwable noAnswer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && !(t instanceof FileSystemException) || t instanceof TimeoutException) {
                return t;
            }
        }
        return null;
    }

    private static String why(Throwable noAnswer) {
        if (noAnswer instanceof UnknownHostException) {
            return "the host name is not known (" + firstLine(noAnswer.getMessage()) + ")";
        }
        if (noAnswer instanceof ConnectException || noAnswer instanceof NoRouteToHostException) {
            return "no connection could be made (refused or unreachable)";
        }
        if (noAnswer instanceof HttpTimeoutException || noAnswer instanceof SocketTimeoutException
                || noAnswer instanceof TimeoutException) {
            return "no answer in time (kubeledger.azure.connect-timeout, response-timeout)";
        }
        return "the connection broke (" + noAnswer.getClass().getSimpleName() + ": " + firstLine(noAnswer.getMessage())
                + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

}
