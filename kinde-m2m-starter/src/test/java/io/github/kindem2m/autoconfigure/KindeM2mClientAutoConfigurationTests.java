package io.github.kindem2m.autoconfigure;

import io.github.kindem2m.client.KindeM2mTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class KindeM2mClientAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KindeM2mAutoConfiguration.class, KindeM2mClientAutoConfiguration.class));

	private static final String[] ACME = { "kinde.m2m.client.registrations.acme.client-id=acme-agent",
			"kinde.m2m.client.registrations.acme.client-secret=s3cret",
			"kinde.m2m.client.registrations.acme.audience=https://kb-api.example",
			"kinde.m2m.client.registrations.acme.org-code=org_acme" };

	@Test
	void anAgentWithNoApiGetsTokensWithoutTheResourceServer() {
		this.runner.withPropertyValues(ACME)
			.withPropertyValues("kinde.m2m.client.domain=https://acme.kinde.com")
			.run((context) -> {
				assertThat(context).hasSingleBean(KindeM2mTokens.class).doesNotHaveBean(JwtDecoder.class);
				assertThat(context.getBean(KindeM2mTokens.class).registrations()).containsExactly("acme");
			});
	}

	@Test
	void theDomainDefaultsToTheResourceServersDomain() {
		this.runner.withPropertyValues(ACME)
			.withPropertyValues("kinde.m2m.domain=https://acme.kinde.com")
			.run((context) -> assertThat(context).hasSingleBean(KindeM2mTokens.class));
	}

	@Test
	void isInactiveWithoutRegistrations() {
		this.runner.withPropertyValues("kinde.m2m.client.domain=https://acme.kinde.com")
			.run((context) -> assertThat(context).doesNotHaveBean(KindeM2mTokens.class));
	}

	@Test
	void aMissingSecretFailsAtStartUpNamingThePropertyAndHidingTheValue() {
		this.runner
			.withPropertyValues("kinde.m2m.client.domain=https://acme.kinde.com",
					"kinde.m2m.client.registrations.acme.client-id=acme-agent",
					"kinde.m2m.client.registrations.acme.audience=https://kb-api.example")
			.run((context) -> assertInvalid(context.getStartupFailure(),
					"kinde.m2m.client.registrations.acme.client-secret"));
	}

	@Test
	void badClientSettingsFailAtStartUpNamingTheProperty() {
		this.runner.withPropertyValues(ACME)
			.run((context) -> assertInvalid(context.getStartupFailure(), "kinde.m2m.client.domain"));
		this.runner.withPropertyValues(ACME)
			.withPropertyValues("kinde.m2m.client.domain=http://acme.kinde.com")
			.run((context) -> assertInvalid(context.getStartupFailure(), "kinde.m2m.client.domain"));
		this.runner.withPropertyValues(ACME)
			.withPropertyValues("kinde.m2m.client.domain=https://acme.kinde.com", "kinde.m2m.client.max-attempts=0")
			.run((context) -> assertInvalid(context.getStartupFailure(), "kinde.m2m.client.max-attempts"));
		this.runner.withPropertyValues("kinde.m2m.client.domain=https://acme.kinde.com",
				"kinde.m2m.client.registrations.acme.client-id=acme-agent",
				"kinde.m2m.client.registrations.acme.client-secret=s3cret")
			.run((context) -> assertInvalid(context.getStartupFailure(), "kinde.m2m.client.registrations.acme.audience"));
	}

	private static void assertInvalid(Throwable failure, String property) {
		Throwable cause = failure;
		while (cause != null && !(cause instanceof InvalidConfigurationPropertyValueException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("failure naming %s: %s", property, failure).isNotNull();
		InvalidConfigurationPropertyValueException invalid = (InvalidConfigurationPropertyValueException) cause;
		assertThat(invalid.getName()).isEqualTo(property);
		assertThat(String.valueOf(invalid.getValue())).doesNotContain("s3cret");
	}

}
