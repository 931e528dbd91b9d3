package io.github.kindem2m.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo agent answers one question for each organisation, each with its own token,
 * and each answer comes from that organisation's own articles.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo-agent")
@ExtendWith(OutputCaptureExtension.class)
class DemoAgentTests {

	@Test
	void answersForEachOrganisationWithItsOwnToken(CapturedOutput output) {
		assertThat(output).contains("demo agent [acme -> org_acme]")
			.contains("Acme users reset their password")
			.contains("demo agent [globex -> org_globex]")
			.contains("Globex staff reset passwords");
	}

}
