package io.kubeledger.config;

import java.net.URI;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blob as the configuration names it:
 * {@code https://<account>.blob.core.windows.net/<container>/<path>}. Every source
 * resolves blobs from these three parts, so the configuration never depends on where it
 * runs.
 */
public record BlobLocation(String account, String container, String path) {

    private static final Pattern URL = Pattern
        .compile("https://([a-z0-9]{3,24})\\.blob\\.core\\.windows\\.net/([a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?)/(.+)");

    private static final String NOT_RELATIVE = "must name a blob by a relative path without '..', was '";

    public static BlobLocation parse(String url) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "must be https://<account>.blob.core.windows.net/<container>/<path>, was '" + withoutQuery(url)
                            + "'");
        }
        if (matcher.group(3).contains("\\")) {
            throw new IllegalArgumentException(NOT_RELATIVE + withoutQuery(url) + "'");
        }
        URI uri;
        try {
            uri = URI.create("https://x/" + matcher.group(3));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a URL, was '" + withoutQuery(url) + "'", e);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            // A SAS token in a URL ends up in every log line that names the blob:
            // credentials go in azure.* keys.
            throw new IllegalArgumentException("must not carry a query string or a fragment (a SAS token belongs in "
                    + "the azure.* settings, not in a URL that logs show), was '" + withoutQuery(url) + "'");
        }
        String path = uri.getPath().substring(1);
        // The path becomes a file path under the local snapshot: it must never climb out
        // of it nor start at its root.
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("//") || path.contains("\\")
                || Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException(NOT_RELATIVE + url + "'");
        }
        return new BlobLocation(matcher.group(1), matcher.group(2), path);
    }

    /**
     * A URL as a message may show it: a query string may be a SAS token, a credential, so
     * it is left out.
     */
    static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    @Override
    public String toString() {
        return "https://" + account + ".blob.core.windows.net/" + container + "/" + path;
    }
}
