package io.kubeledger.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PrometheusAnswerParserTests {

    @Test
    void aVectorsSeriesAreReadWithTheirLabelsAndANanIsLeftOut() throws IOException {
        List<PromSeries> series = parse("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"pod\":\"a\"},\"value\":[1793491200.123,\"0.25\"]},"
                + "{\"metric\":{\"pod\":\"b\"},\"value\":[1793491200,\"NaN\"]},"
                + "{\"metric\":{\"pod\":\"c\"},\"value\":[1793491200,\"+Inf\"]}]},\"warnings\":[\"w\"]}");

        assertThat(series).containsExactly(new PromSeries(Map.of("pod", "a"), 0.25),
                new PromSeries(Map.of("pod", "c"), Double.POSITIVE_INFINITY));
    }

    @Test
    void anErrorIsRefusedWithTheServersWords() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> parse("{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out\"}"))
            .withMessage("the query failed: timeout: query timed out");
    }

    @Test
    void aMatrixOrAnAnswerWithoutDataIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> parse("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"))
            .withMessage("the answer is a matrix, not an instant vector");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("{\"status\":\"success\"}"))
            .withMessage("the answer has no data (status success)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("[]"))
            .withMessage("the answer is not a Prometheus API response");
    }

    @Test
    void aValueThatIsNotANumberIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> parse("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                    + "{\"metric\":{},\"value\":[1,\"1e\"]}]}}"))
            .withMessage("a series' value is not a number: '1e'");
    }

    private static List<PromSeries> parse(String body) throws IOException {
        List<PromSeries> series = new ArrayList<>();
        PrometheusAnswerParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), series::add);
        return series;
    }

}
