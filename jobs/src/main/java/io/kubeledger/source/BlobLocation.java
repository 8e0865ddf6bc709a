package io.kubeledger.source;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blob as the configuration names it: {@code https://<account>.blob.core.windows.net/<container>/<path>}.
 * Every source resolves blobs from these three parts, so the configuration never depends on where it runs.
 */
public record BlobLocation(String account, String container, String path) {

    private static final Pattern URL = Pattern.compile(
            "https://([a-z0-9]{3,24})\\.blob\\.core\\.windows\\.net/([a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?)/(.+)");

    public static BlobLocation parse(String url) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "must be https://<account>.blob.core.windows.net/<container>/<path>, was '" + url + "'");
        }
        String path = URI.create("https://x/" + matcher.group(3)).getPath().substring(1);
        if (path.contains("..") || path.endsWith("/")) {
            throw new IllegalArgumentException("must name a blob, not a folder, was '" + url + "'");
        }
        return new BlobLocation(matcher.group(1), matcher.group(2), path);
    }

    @Override
    public String toString() {
        return "https://" + account + ".blob.core.windows.net/" + container + "/" + path;
    }
}
