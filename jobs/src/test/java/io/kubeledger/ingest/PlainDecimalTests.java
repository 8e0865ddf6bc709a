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
    @ValueSource(strings = { "0", "7", "007", "0.5", "0.50", "1.000000000000", "2.375", "0.1", "0.3",
            "9007199254740992", "9007199254740993", "0.0000000000000000000001", "0.00000000000000000000001",
            "123456789012345678", "1234567890123456789", "12345678901234567890123456.123456789012", "-0", "-0.5",
            "-0.00000000000000005551115123125783", "-123456789012345678901", "4294967296.000000001",
            "0.050833333333333333", "17179869184" })
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
    @ValueSource(longs = { 1, 2, 3, 4, 5 })
    void readsRandomNumbersOfEveryLengthAsTheGeneralParsersDo(long seed) {
        // given: the digits OpenCost's FormatFloat writes, from one to twenty, with the
        // point anywhere
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

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({ "0, PLAIN", "0.5, PLAIN", "-0, PLAIN", "-0.00000000000000005551115123125783, PLAIN",
            "999999999999999.5, PLAIN", "000999999999999999, PLAIN", "1000000000000000, OUT_OF_RANGE",
            "-1000000000000000, OUT_OF_RANGE", "NaN, NOT_FINITE", "+Inf, NOT_FINITE", "-Inf, NOT_FINITE",
            "Infinity, NOT_FINITE", "'', NOT_A_NUMBER", "-, NOT_A_NUMBER", "., NOT_A_NUMBER", ".5, NOT_A_NUMBER",
            "1., NOT_A_NUMBER", "1.2.3, NOT_A_NUMBER", "+1, NOT_A_NUMBER", "--1, NOT_A_NUMBER", "1e5, NOT_A_NUMBER",
            "0x1p3, NOT_A_NUMBER", "nan, NOT_A_NUMBER", "' 1', NOT_A_NUMBER", "1_000, NOT_A_NUMBER" })
    void knowsPlainDecimalsGoSpecialValuesAndTheLakesRange(String text, PlainDecimal.Form form) {
        // given
        byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.UTF_8);

        // when / then: the field's bounds are honoured, not the array's
        assertThat(PlainDecimal.form(bytes, 1, bytes.length - 1)).isEqualTo(form);
    }

    @ParameterizedTest
    @ValueSource(ints = { 324, 325 })
    void allowsTheDecimalsOfTheSmallestDouble(int decimals) {
        // given: 5e-324 written out has 324 decimals
        byte[] bytes = ("0." + "0".repeat(decimals - 1) + "5").getBytes(StandardCharsets.US_ASCII);

        // when / then
        assertThat(PlainDecimal.form(bytes, 0, bytes.length))
            .isEqualTo(decimals <= 324 ? PlainDecimal.Form.PLAIN : PlainDecimal.Form.OUT_OF_RANGE);
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
