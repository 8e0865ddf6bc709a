package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainDecimalTests {

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "007", "0.5", "0.50", "1.000000000000", "2.375", "0.1", "0.3",
        "9007199254740992", "9007199254740993", "0.0000000000000000000001", "0.00000000000000000000001",
        "123456789012345678", "1234567890123456789", "12345678901234567890123456.123456789012",
        "4294967296.000000001", "0.050833333333333333", "17179869184"})
    void readsTheSameValueAsTheGeneralParsers(String text) {
        // when
        double quantity = toDouble(text);
        BigDecimal money = toBigDecimal(text);

        // then: the same double, and the same BigDecimal, scale included
        assertThat(quantity).isEqualTo(Double.parseDouble(text));
        assertThat(money.unscaledValue()).isEqualTo(new BigDecimal(text).unscaledValue());
        assertThat(money.scale()).isEqualTo(new BigDecimal(text).scale());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void readsRandomNumbersOfEveryLengthAsTheGeneralParsersDo(long seed) {
        // given: the digits OpenCost's FormatFloat writes, from one to twenty, with the point anywhere
        Random random = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder digits = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int i = 0; i < length; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            int point = random.nextInt(length + 1);
            String text = point == 0 || point == length ? digits.toString()
                    : digits.substring(0, point) + "." + digits.substring(point);

            // when / then
            assertThat(toDouble(text)).as(text).isEqualTo(Double.parseDouble(text));
            assertThat(toBigDecimal(text)).as(text).isEqualTo(new BigDecimal(text));
        }
    }

    @ParameterizedTest(name = "''{0}'' is plain: {1}")
    @CsvSource({"0, true", "0.5, true", "12345678901234567890123456.5, true", "123456789012345678901234567, false",
        "'', false", "., false", ".5, false", "1., false", "1.2.3, false", "-1, false", "+1, false", "1e5, false",
        "0x1p3, false", "NaN, false", "' 1', false", "1_000, false"})
    void isPlainOnlyForDigitsWithAtMostOnePointBetweenDigits(String text, boolean plain) {
        // given
        byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.UTF_8);

        // when / then: the field's bounds are honoured, not the array's
        assertThat(PlainDecimal.isPlain(bytes, 1, bytes.length - 1)).isEqualTo(plain);
    }

    private static double toDouble(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return PlainDecimal.toDouble(bytes, 0, bytes.length);
    }

    private static BigDecimal toBigDecimal(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return PlainDecimal.toBigDecimal(bytes, 0, bytes.length);
    }
}
