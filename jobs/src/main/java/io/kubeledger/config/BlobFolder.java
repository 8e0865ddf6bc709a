package io.kubeledger.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder of blobs as the configuration names it:
 * {@code https://<account>.blob.core.windows.net/<container>[/<prefix>]}. Used for where
 * outputs are published.
 */
public record BlobFolder(String account, String container, String prefix) {

    private static final Pattern URL = Pattern.compile(
            "https://([a-z0-9]{3,24})\\.blob\\.core\\.windows\\.net/([a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?)(?:/(.*?))?/?");

    public static BlobFolder parse(String url) {
        if (url.contains("?") || url.contains("#")) {
            // A SAS token in a URL ends up in every log line and summary that names the
            // folder.
            throw new IllegalArgumentException("must not carry a query string or a fragment (a SAS token belongs in "
                    + "the azure.* settings, not in a URL that logs show), was '" + BlobLocation.withoutQuery(url)
                    + "'");
        }
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches() || (matcher.group(3) != null && matcher.group(3).contains(".."))) {
            throw new IllegalArgumentException(
                    "must be https://<account>.blob.core.windows.net/<container>[/<folder>], was '" + url + "'");
        }
        return new BlobFolder(matcher.group(1), matcher.group(2), matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** The sub-folder {@code path} of this folder. */
    public BlobFolder resolve(String path) {
        return new BlobFolder(account, container, prefix.isEmpty() ? path : prefix + "/" + path);
    }

    @Override
    public String toString() {
        return "https://" + account + ".blob.core.windows.net/" + container + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
