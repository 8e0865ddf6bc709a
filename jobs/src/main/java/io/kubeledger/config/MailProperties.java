package io.kubeledger.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kubeledger.mail.*} (a contract, documented in docs/configuration.md). The SMTP
 * server itself is Spring Boot's {@code spring.mail.*}.
 */
public record MailProperties(@DefaultValue("false") boolean enabled, String from, List<String> financeTo,
        @DefaultValue("false") boolean resend, @DefaultValue("false") boolean weekly, String platformOwner) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public MailProperties {
        financeTo = financeTo == null ? List.of() : List.copyOf(financeTo);
    }

    /**
     * What is wrong with these settings, each problem naming its key; nothing is required
     * while mail is off.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!enabled) {
            return problems;
        }
        if (from == null || !EMAIL.matcher(from).matches()) {
            problems.add("kubeledger.mail.from: must be an e-mail address when mail is enabled, was '" + from + "'");
        }
        if (platformOwner != null && !EMAIL.matcher(platformOwner).matches()) {
            problems.add("kubeledger.mail.platform-owner: not an e-mail address: '" + platformOwner + "'");
        }
        for (int i = 0; i < financeTo.size(); i++) {
            if (!EMAIL.matcher(financeTo.get(i)).matches()) {
                problems
                    .add("kubeledger.mail.finance-to[" + i + "]: not an e-mail address: '" + financeTo.get(i) + "'");
            }
        }
        return problems;
    }
}
