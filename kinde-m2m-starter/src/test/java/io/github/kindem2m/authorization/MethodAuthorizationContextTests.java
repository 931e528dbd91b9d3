package io.github.kindem2m.authorization;

import java.time.Instant;
import java.util.List;

import io.github.kindem2m.autoconfigure.KindeM2mAutoConfiguration;
import io.github.kindem2m.token.KindeM2mAuthenticationConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The annotations on plain service beans, without {@code @EnableMethodSecurity}, and the
 * start-up failure for a misnamed parameter.
 */
class MethodAuthorizationContextTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KindeM2mAutoConfiguration.class,
				org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
				org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class))
		.withPropertyValues("kinde.m2m.domain=https://acme.kinde.com", "kinde.m2m.audience=api");

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	private static void signIn(String orgCode) {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.issuer("https://acme.kinde.com")
			.audience(List.of("api"))
			.claim("azp", "client-1")
			.claim("gty", List.of("client_credentials"))
			.claim("org_code", orgCode)
			.claim("scope", "kb:read")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
		SecurityContextHolder.getContext().setAuthentication(new KindeM2mAuthenticationConverter().convert(jwt));
	}

	@Test
	void guardsServiceBeansWithoutEnableMethodSecurity() {
		this.runner.withUserConfiguration(GuardedService.class).run((context) -> {
			Reports reports = context.getBean(Reports.class);
			signIn("org_acme");
			assertThat(reports.forOrg("org_acme")).isEqualTo("report for org_acme");
			assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> reports.forOrg("org_globex"))
				.satisfies((ex) -> assertThat(((KindeAuthorizationDecision) ex.getAuthorizationResult()).refusal())
					.isEqualTo(Refusal.ORG_MISMATCH));
			assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(reports::writable)
				.satisfies((ex) -> assertThat(((KindeAuthorizationDecision) ex.getAuthorizationResult()).scopes())
					.containsExactly("kb:write"));
			SecurityContextHolder.clearContext();
			assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
				.isThrownBy(() -> reports.forOrg("org_acme"));
			SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("user", "password", "ROLE_USER"));
			assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> reports.forOrg("org_acme"))
				.satisfies((ex) -> assertThat(((KindeAuthorizationDecision) ex.getAuthorizationResult()).refusal())
					.isEqualTo(Refusal.ORG_MISSING));
		});
	}

	@Test
	void aParameterNameThatDoesNotExistStopsStartUpNamingTheMethod() {
		this.runner.withUserConfiguration(MisnamedParameter.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("@RequireOrg(param = \"tenant\")")
				.hasMessageContaining("MisnamedReports.forOrg")
				.hasMessageContaining("names no parameter"));
	}

	@Test
	void aClassLevelRequireOrgNeedsTheParameterOnEveryMethod() {
		this.runner.withUserConfiguration(ClassLevelMissingParameter.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("ClassLevelReports.summary"));
	}

	@Test
	void aParameterThatIsNotAStringStopsStartUp() {
		this.runner.withUserConfiguration(NonStringParameter.class)
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("not a String"));
	}

	static class Reports {

		@RequireOrg
		public String forOrg(String orgCode) {
			return "report for " + orgCode;
		}

		@RequireScope("kb:write")
		public String writable() {
			return "written";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class GuardedService {

		@Bean
		Reports reports() {
			return new Reports();
		}

	}

	static class MisnamedReports {

		@RequireOrg(param = "tenant")
		public String forOrg(String orgCode) {
			return orgCode;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MisnamedParameter {

		@Bean
		MisnamedReports reports() {
			return new MisnamedReports();
		}

	}

	@RequireOrg
	static class ClassLevelReports {

		public String forOrg(String orgCode) {
			return orgCode;
		}

		public String summary() {
			return "all";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClassLevelMissingParameter {

		@Bean
		ClassLevelReports reports() {
			return new ClassLevelReports();
		}

	}

	static class NumberedReports {

		@RequireOrg
		public String forOrg(Integer orgCode) {
			return String.valueOf(orgCode);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NonStringParameter {

		@Bean
		NumberedReports reports() {
			return new NumberedReports();
		}

	}

}
