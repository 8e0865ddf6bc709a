package io.kubeledger.mail;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.kubeledger.config.KubeledgerProperties.InvalidConfigurationException;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.report.BuiltReport;
import io.kubeledger.report.MonthlyReport;
import io.kubeledger.run.RunWindow;

/**
 * The {@code mailStep}: on the run that completes a month, and with
 * {@code kubeledger.mail.enabled}, mails the month's reports through Spring Boot's mail
 * sender ({@code spring.mail.*}); otherwise it does nothing.
 */
@Configuration(proxyBeanMethods = false)
public class MailStepConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MailStepConfiguration.class);

    /**
     * Mail enabled without an SMTP server is a configuration error, found before any work
     * starts.
     */
    @Bean
    SentMail sentMail(NamedParameterJdbcTemplate jdbc, KubeledgerProperties properties,
            ObjectProvider<JavaMailSender> sender) {
        if (properties.mail().enabled() && sender.getIfAvailable() == null) {
            throw new InvalidConfigurationException(List
                .of("spring.mail.host: missing; the SMTP server, needed " + "because kubeledger.mail.enabled is true"));
        }
        return new SentMail(jdbc);
    }

    @Bean
    @StepScope
    Tasklet mailTasklet(KubeledgerProperties properties, ObjectProvider<JavaMailSender> sender, SentMail sentMail,
            BuiltReport builtReport, Clock clock, RunWindow window) {
        boolean weekly = properties.mail().weekly() && WeeklyDigests.due(window.reportDate());
        if (!properties.mail().enabled() || !window.monthComplete() && !weekly) {
            return noMail(properties.mail().enabled()
                    ? window.reportDate() + " does not complete its month"
                            + (properties.mail().weekly() ? " nor its ISO week" : "")
                    : "kubeledger.mail.enabled is false");
        }
        if (builtReport.report().isEmpty()) {
            return noMail("the month's reports are a later run's, kept as they are");
        }
        MonthlyReport report = builtReport.report().get();
        List<Letter> letters = window.monthComplete()
                ? MonthlyLetters.compose(report, properties.mail().financeTo(), properties.teams(),
                        properties.mail().platformOwner(), properties.outputDir())
                : WeeklyDigests.compose(report, properties.mail().financeTo(), properties.teams());
        JavaMailSender mailSender = sender.getObject();
        String server = mailSender instanceof JavaMailSenderImpl smtp ? smtp.getHost() + ":" + smtp.getPort()
                : "of spring.mail";
        return new MailTasklet(mailSender, server, sentMail, properties.mail().from(), properties.mail().resend(),
                report, letters, clock);
    }

    private static Tasklet noMail(String why) {
        return (contribution, context) -> {
            LOG.info("no mail: {}", why);
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * Without a database transaction: each letter's record commits as soon as it is sent,
     * so a run that fails on one letter keeps the others as sent and the next run does
     * not send them again.
     */
    @Bean
    Step mailStep(JobRepository jobRepository, Tasklet mailTasklet) {
        return new StepBuilder("mailStep", jobRepository).tasklet(mailTasklet, new ResourcelessTransactionManager())
            .build();
    }

}
