package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportFilesTests {

    @Test
    void aSafeLowerCaseNameIsKeptAndEveryOtherGetsASlugAndADigest() {
        assertThat(ReportFiles.statementName("payments")).isEqualTo("payments");
        assertThat(ReportFiles.statementName("data-platform.v2")).isEqualTo("data-platform.v2");
        assertThat(ReportFiles.statementName("Data Platform")).matches("Data_Platform~[0-9a-f]{10}");
        assertThat(ReportFiles.statementName("支付")).matches("__~[0-9a-f]{10}");
        assertThat(ReportFiles.statementName(".hidden")).matches("_\\.hidden~[0-9a-f]{10}");
        assertThat(ReportFiles.statementName("x".repeat(250))).matches("x{60}~[0-9a-f]{10}");
    }

    @Test
    void teamsWhoseSlugsCollideOrDifferOnlyInCaseGetDifferentFilesEvenWhereCaseIsIgnored() {
        // given: names a label and the configuration could give, which the first slug
        // rule sent to one file
        List<String> teams = List.of("Data Platform", "Data_Platform", "data_platform", "Data-Platform", "支付", "结算",
                "Payments", "payments", "Data_Platform~" + "0".repeat(10));

        // when
        List<String> files = teams.stream()
            .map(ReportFiles::statementName)
            .map(name -> name.toLowerCase(Locale.ROOT))
            .toList();

        // then
        assertThat(files).doesNotHaveDuplicates();
    }

}
