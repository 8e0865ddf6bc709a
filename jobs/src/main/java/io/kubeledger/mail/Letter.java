package io.kubeledger.mail;

import java.nio.file.Path;
import java.util.List;

/**
 * One message to one recipient. {@code message} names what it is ({@code finance},
 * {@code team:<name>}): with the month and the recipient it is what "sent once" is kept
 * by. {@code chart} is the PNG its HTML shows inline as {@value #CHART}.
 */
public record Letter(String message, String recipient, String subject, String text, String html, List<Path> attachments,
        byte[] chart) {

    /** The content id of the letter's inline chart. */
    static final String CHART = "headline-chart";

}
