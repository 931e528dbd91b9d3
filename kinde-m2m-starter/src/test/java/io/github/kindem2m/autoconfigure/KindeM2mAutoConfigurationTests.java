package io.github.kindem2m.autoconfigure;

import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.github.kindem2m.cache.VerifiedTokenCache;
import io.github.kindem2m.support.JwksServer;
import io.github.kindem2m.support.TestTokens;
import io.github.kindem2m.token.KindeM2mAuthenticationConverter;
import io.github.kindem2m.validation.KindeJwtDecoder;
import io.github.kindem2m.web.KindeBearerTokenResolver;
import io.github.kindem2m.web.KindeM2mHttpConfigurer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class KindeM2mAutoConfigurationTests {

	private static final AutoConfigurations SECURITY = AutoConfigurations.of(KindeM2mAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
			org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration.class);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(SECURITY);

	private WebApplicationContextRunner configured() {
		return this.runner.withPropertyValues("kinde.m2m.domain=https://acme.kinde.com",
				"kinde.m2m.audience=" + TestTokens.AUDIENCE);
	}

	@Test
	void isActiveInAServletApplicationOnceTheDomainIsSet() {
		configured().run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(JwtDecoder.class).hasSingleBean(VerifiedTokenCache.class);
			assertThat(context).hasSingleBean(KindeM2mAuthenticationConverter.class);
			assertThat(context).getBean(BearerTokenResolver.class).isInstanceOf(KindeBearerTokenResolver.class);
			assertThat(context).hasBean("kindeM2mSecurityFilterChain");
			assertThat(context).doesNotHaveBean(UserDetailsService.class);
		});
	}

	@Test
	void theTokenCacheCanBeSwitchedOff() {
		configured().withPropertyValues("kinde.m2m.token-cache.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(VerifiedTokenCache.class);
			assertThat(context).hasSingleBean(JwtDecoder.class);
		});
	}

	@Test
	void theDefaultChainAuthenticatesBearerTokens() {
		configured().run((context) -> assertThat(context.getBean(SecurityFilterChain.class).getFilters())
			.anyMatch(BearerTokenAuthenticationFilter.class::isInstance));
	}

	@Test
	void isInactiveWithoutADomain() {
		this.runner.withPropertyValues("kinde.m2m.audience=api").run((context) -> {
			assertThat(context).doesNotHaveBean(KindeM2mProperties.class);
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
		});
	}

	@Test
	void isInactiveOutsideAServletApplication() {
		new ApplicationContextRunner().withConfiguration(SECURITY)
			.withPropertyValues("kinde.m2m.domain=https://acme.kinde.com", "kinde.m2m.audience=api")
			.run((context) -> assertThat(context).doesNotHaveBean(JwtDecoder.class));
	}

	@Test
	void makesNoNetworkCallAtStartUp() {
		try (JwksServer kinde = new JwksServer(TestTokens.KEY)) {
			this.runner.withPropertyValues("kinde.m2m.domain=" + kinde.domain(), "kinde.m2m.audience=api")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(kinde.requests()).isZero();
				});
		}
	}

	@Test
	void startsWhileKindeIsUnreachable() {
		this.runner.withPropertyValues("kinde.m2m.domain=http://127.0.0.1:1", "kinde.m2m.audience=api")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class));
	}

	@Test
	void backsOffForTheApplicationsOwnDecoder() {
		configured().withUserConfiguration(OwnDecoder.class).run((context) -> {
			assertThat(context).getBean(JwtDecoder.class).isSameAs(context.getBean(OwnDecoder.class).decoder);
			assertThat(context).doesNotHaveBean("kindeJwtDecoder");
		});
	}

	@Test
	void backsOffForTheApplicationsOwnKeySource() {
		configured().withUserConfiguration(OwnKeySource.class).run((context) -> {
			assertThat(context).getBean(JWKSource.class).isInstanceOf(ImmutableJWKSet.class);
			assertThat(context).hasBean("kindeJwtDecoder");
		});
	}

	@Test
	void backsOffForTheApplicationsOwnConverterAndResolver() {
		configured().withUserConfiguration(OwnConverterAndResolver.class).run((context) -> {
			assertThat(context).hasSingleBean(KindeM2mAuthenticationConverter.class).hasBean("ownConverter");
			assertThat(context).hasSingleBean(BearerTokenResolver.class).hasBean("ownResolver");
		});
	}

	@Test
	void backsOffForTheApplicationsOwnChainWhichCanApplyTheKindeSetupInOneLine() {
		configured().withUserConfiguration(OwnChain.class).run((context) -> {
			assertThat(context).doesNotHaveBean("kindeM2mSecurityFilterChain");
			assertThat(context.getBean("ownChain", SecurityFilterChain.class).getFilters())
				.anyMatch(BearerTokenAuthenticationFilter.class::isInstance);
		});
	}

	@Test
	void aMissingAudienceFailsAtStartUpNamingTheProperty() {
		this.runner.withPropertyValues("kinde.m2m.domain=https://acme.kinde.com")
			.run((context) -> assertInvalid(context.getStartupFailure(), "kinde.m2m.audience"));
	}

	@Test
	void invalidValuesFailAtStartUpNamingTheProperty() {
		List<String[]> cases = List.of(new String[] { "kinde.m2m.domain=http://acme.kinde.com", "kinde.m2m.domain" },
				new String[] { "kinde.m2m.domain=ftp://acme.kinde.com", "kinde.m2m.domain" },
				new String[] { "kinde.m2m.domain=https://acme.kinde.com?x=1", "kinde.m2m.domain" },
				new String[] { "kinde.m2m.domain=acme.kinde.com", "kinde.m2m.domain" },
				new String[] { "kinde.m2m.jwks-uri=http://keys.example.com/jwks", "kinde.m2m.jwks-uri" },
				new String[] { "kinde.m2m.issuer= ", "kinde.m2m.issuer" },
				new String[] { "kinde.m2m.audience= ", "kinde.m2m.audience" },
				new String[] { "kinde.m2m.clock-skew=-1s", "kinde.m2m.clock-skew" },
				new String[] { "kinde.m2m.max-token-size=0", "kinde.m2m.max-token-size" },
				new String[] { "kinde.m2m.accepted-grant-types=", "kinde.m2m.accepted-grant-types" },
				new String[] { "kinde.m2m.jwks.cache-ttl=0s", "kinde.m2m.jwks.cache-ttl" },
				new String[] { "kinde.m2m.jwks.min-refetch-interval=10m", "kinde.m2m.jwks.min-refetch-interval" },
				new String[] { "kinde.m2m.jwks.refresh-ahead=5m", "kinde.m2m.jwks.refresh-ahead" },
				new String[] { "kinde.m2m.jwks.connect-timeout=0s", "kinde.m2m.jwks.connect-timeout" },
				new String[] { "kinde.m2m.jwks.max-size=0", "kinde.m2m.jwks.max-size" },
				new String[] { "kinde.m2m.token-cache.maximum-entries=0", "kinde.m2m.token-cache.maximum-entries" },
				new String[] { "kinde.m2m.org-isolation.path-variable= ", "kinde.m2m.org-isolation.path-variable" });
		for (String[] bad : cases) {
			configured().withPropertyValues(bad[0])
				.run((context) -> assertInvalid(context.getStartupFailure(), bad[1]));
		}
	}

	@Test
	void loopbackHttpDomainsAndTrailingSlashesAreAccepted() {
		for (String domain : List.of("http://localhost:8080/", "http://127.0.0.1:9000", "http://[::1]:9000",
				"https://acme.kinde.com/")) {
			configured().withPropertyValues("kinde.m2m.domain=" + domain)
				.run((context) -> assertThat(context).as(domain).hasNotFailed());
		}
	}

	private static void assertInvalid(Throwable failure, String property) {
		assertThat(failure).as(property).isNotNull();
		Throwable cause = failure;
		while (cause != null && !(cause instanceof InvalidConfigurationPropertyValueException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("failure for %s: %s", property, failure).isNotNull();
		assertThat(((InvalidConfigurationPropertyValueException) cause).getName()).isEqualTo(property);
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnDecoder {

		final JwtDecoder decoder = (token) -> {
			throw new UnsupportedOperationException();
		};

		@Bean
		JwtDecoder ownDecoder() {
			return this.decoder;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnKeySource {

		@Bean
		JWKSource<SecurityContext> ownKeySource() {
			return new ImmutableJWKSet<>(new JWKSet(TestTokens.KEY.toPublicJWK()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnConverterAndResolver {

		@Bean
		KindeM2mAuthenticationConverter ownConverter() {
			return new KindeM2mAuthenticationConverter();
		}

		@Bean
		BearerTokenResolver ownResolver() {
			return (request) -> null;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		@Bean
		SecurityFilterChain ownChain(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.with(KindeM2mHttpConfigurer.kindeM2m(), Customizer.withDefaults());
			return http.build();
		}

	}

}
