package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LabelsJsonTests {

    @Test
    void readsStringLabelsAndSkipsNulls() throws BadRowException {
        assertThat(LabelsJson.parse("{\"app\":\"api\",\"team\":\"payments\",\"gone\":null}"))
            .containsExactlyInAnyOrderEntriesOf(Map.of("app", "api", "team", "payments"));
    }

    @Test
    void aLabelGivenTwiceOrNotAStringIsKeptAsADescriptionNoLabelValueCanBe() throws BadRowException {
        assertThat(LabelsJson.parse(
                "{\"team\":\"payments\",\"team\":\"checkout\",\"n\":7,\"o\":{\"a\":[1]}," + "\"l\":[1,2],\"b\":true}"))
            .containsEntry("team", "(given twice)")
            .containsEntry("n", "(not a string: 7)")
            .containsEntry("o", "(not a string: an object)")
            .containsEntry("l", "(not a string: an array)")
            .containsEntry("b", "(not a string: true)");
    }

    @Test
    void anythingButOneObjectIsNotLabels() {
        for (String json : new String[] { "[]", "\"team\"", "{\"team\":\"a\"", "{\"team\":\"a\"} {}", "{team:a}" }) {
            assertThatThrownBy(() -> LabelsJson.parse(json)).as(json)
                .isInstanceOf(BadRowException.class)
                .hasMessageStartingWith("Labels is not a JSON object");
        }
    }

}
