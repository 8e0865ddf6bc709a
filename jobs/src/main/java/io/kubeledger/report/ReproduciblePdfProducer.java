package io.kubeledger.report;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator.Attribute;
import java.text.Bidi;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.WeakHashMap;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPhrase;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

/**
 * JasperReports' PDF producer with what OpenPDF would make up anew on every export fixed,
 * so that a rerun of a day writes the same bytes: the creation date (the report date, as
 * in the workbook), the file identifier (a digest of the document's title and month) and
 * the tags of the embedded font subsets (from each font's name). It also spares
 * left-to-right text the bidirectional algorithm where no character needs it.
 */
final class ReproduciblePdfProducer extends ClassicPdfProducer {

    /**
     * Fonts whose subset tag is fixed already. OpenPDF keeps one instance of a font for
     * every document, written on any thread; held weakly in case a font is not kept.
     */
    private static final Map<BaseFont, Boolean> TAGGED = Collections.synchronizedMap(new WeakHashMap<>());

    private final LocalDate reportDate;

    private final String identity;

    ReproduciblePdfProducer(PdfProducerContext context, LocalDate reportDate, String identity) {
        super(context);
        this.reportDate = reportDate;
        this.identity = identity;
    }

    @Override
    public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
        PdfDocumentWriter writer = super.createWriter(out);
        PdfDictionary info = getPdfWriter().getInfo();
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        created.clear();
        created.set(reportDate.getYear(), reportDate.getMonthValue() - 1, reportDate.getDayOfMonth());
        info.put(PdfName.CREATIONDATE, new PdfDate(created));
        // OpenPDF takes the file identifier from the information dictionary when it finds
        // one there.
        byte[] digest = md5(identity);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(digest, digest));
        return writer;
    }

    @Override
    public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
        Font font = super.getFont(attributes, locale);
        BaseFont base = font.getBaseFont();
        if (base != null) {
            TAGGED.computeIfAbsent(base, unfixed -> {
                unfixed.setSecureRandom(new FixedSubsetTag(unfixed.getPostscriptFontName()));
                return Boolean.TRUE;
            });
        }
        return font;
    }

    @Override
    public PdfPhrase createPhrase() {
        return new LeftToRightPhrase(this, new Phrase());
    }

    @Override
    public PdfPhrase createPhrase(PdfChunk chunk) {
        return new LeftToRightPhrase(this, new Phrase(((ClassicChunk) chunk).getChunk()));
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /**
     * A phrase laid out without the bidirectional algorithm when none of its characters
     * is right-to-left. JasperReports asks for it on every left-to-right text, where it
     * only gives back the text's own order, for about 0.35 CPU-s of a 40-cluster month's
     * statements.
     */
    private static final class LeftToRightPhrase extends ClassicPhrase {

        private final Phrase phrase;

        LeftToRightPhrase(ClassicPdfProducer producer, Phrase phrase) {
            super(producer, phrase);
            this.phrase = phrase;
        }

        @Override
        public float go(float llx, float lly, float urx, float ury, float fixedLeading, float multipliedLeading,
                PdfTextAlignment alignment, TextDirection direction) {
            String text = phrase.getContent();
            boolean plain = direction == TextDirection.LTR && !Bidi.requiresBidi(text.toCharArray(), 0, text.length());
            return super.go(llx, lly, urx, ury, fixedLeading, multipliedLeading, alignment,
                    plain ? TextDirection.DEFAULT : direction);
        }

    }

    /**
     * The only randomness OpenPDF asks of a font: six draws for its subset tag, here the
     * same letter, chosen by the font's name. A tag needs only to tell apart the subsets
     * within one document, and a document's fonts differ in name anyway. Stateless,
     * because documents written at once share the font.
     */
    private static final class FixedSubsetTag extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final double letter;

        FixedSubsetTag(String fontName) {
            this.letter = (Math.floorMod(fontName.hashCode(), 26) + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return letter;
        }

    }

}
