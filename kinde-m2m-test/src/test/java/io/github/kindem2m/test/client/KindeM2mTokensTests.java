package io.github.kindem2m.test.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpServer;
import io.github.kindem2m.client.KindeAccessToken;
import io.github.kindem2m.client.KindeClientRegistration;
import io.github.kindem2m.client.KindeM2mTokens;
import io.github.kindem2m.client.KindeTokenException;
import io.github.kindem2m.test.issuer.LocalClient;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The agent side against a real local issuer over HTTP.
 */
class KindeM2mTokensTests {

	private static final String API = "https://kb-api.local";

	private final LocalKindeIssuer issuer = LocalKindeIssuer.builder()
		.client(LocalClient.builder("acme-agent").secret("acme-secret").org("org_acme").audiences(API)
			.scopes("kb:read", "kb:write").tokenLifetime(Duration.ofHours(1)).build())
		.client(LocalClient.builder("globex-agent").secret("globex-secret").org("org_globex").audiences(API)
			.scopes("kb:read").build())
		.start();

	private final TestClock clock = new TestClock();

	@AfterEach
	void stop() {
		this.issuer.close();
	}

	private KindeM2mTokens tokens(KindeClientRegistration... registrations) {
		return new KindeM2mTokens(URI.create(this.issuer.tokenEndpoint()),
				new KindeM2mTokens.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofMillis(50),
						Duration.ofSeconds(60)),
				List.of(registrations), this.clock);
	}

	private static KindeClientRegistration acme() {
		return new KindeClientRegistration("acme", "acme-agent", "acme-secret", List.of(API), List.of(), "org_acme");
	}

	private static KindeClientRegistration globex() {
		return new KindeClientRegistration("globex", "globex-agent", "globex-secret", List.of(API), List.of("kb:read"),
				"org_globex");
	}

	@Test
	void tokensArePerOrganisationAndCached() {
		KindeM2mTokens tokens = tokens(acme(), globex());
		KindeAccessToken acme = tokens.accessToken("acme");
		KindeAccessToken globex = tokens.accessToken("globex");
		assertThat(acme.organisation()).contains("org_acme");
		assertThat(acme.scopes()).containsExactlyInAnyOrder("kb:read", "kb:write");
		assertThat(globex.organisation()).contains("org_globex");
		assertThat(globex.scopes()).containsExactly("kb:read");
		for (int i = 0; i < 10; i++) {
			assertThat(tokens.token("acme")).isEqualTo(acme.value());
		}
		assertThat(this.issuer.tokenRequests()).isEqualTo(2);
		assertThat(acme.toString()).doesNotContain(acme.value());
	}

	@Test
	void aTokenIsReplacedBeforeItExpires() {
		KindeM2mTokens tokens = tokens(acme());
		String first = tokens.token("acme");
		this.clock.advance(Duration.ofMinutes(58));
		assertThat(tokens.token("acme")).isEqualTo(first);
		this.clock.advance(Duration.ofSeconds(61)); // within the 60 s margin of the one-hour token
		tokens.token("acme");
		assertThat(this.issuer.tokenRequests()).isEqualTo(2);
	}

	@Test
	void aHundredThreadsAskingAtOnceCauseOneRequest() throws Exception {
		KindeM2mTokens tokens = tokens(acme());
		List<Callable<String>> callers = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			callers.add(() -> tokens.token("acme"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(100);
		Set<String> seen = ConcurrentHashMap.newKeySet();
		try {
			for (Future<String> token : pool.invokeAll(callers)) {
				seen.add(token.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(seen).hasSize(1);
		assertThat(this.issuer.tokenRequests()).isEqualTo(1);
	}

	@Test
	void serverErrorsAreRetriedWithBackoff() {
		this.issuer.failNextTokenRequests(2, 503);
		assertThat(tokens(acme()).token("acme")).isNotBlank();
		assertThat(this.issuer.tokenRequests()).isEqualTo(3);
	}

	@Test
	void aPersistentOutageFailsAfterTheAttemptsNamingTheRegistration() {
		this.issuer.failNextTokenRequests(10, 502);
		assertThatExceptionOfType(KindeTokenException.class).isThrownBy(() -> tokens(acme()).token("acme"))
			.withMessageContaining("registration 'acme'")
			.withMessageContaining("after 3 attempts")
			.satisfies((ex) -> assertThat(ex.registration()).isEqualTo("acme"));
		assertThat(this.issuer.tokenRequests()).isEqualTo(3);
	}

	@Test
	void networkErrorsAreRetriedToo() throws Exception {
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		KindeM2mTokens tokens = new KindeM2mTokens(URI.create("http://127.0.0.1:" + closedPort + "/oauth2/token"),
				new KindeM2mTokens.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Duration.ofMillis(10),
						Duration.ofSeconds(60)),
				List.of(acme()), this.clock);
		assertThatExceptionOfType(KindeTokenException.class).isThrownBy(() -> tokens.token("acme"))
			.withMessageContaining("after 2 attempts")
			.satisfies((ex) -> assertThat(ex.errorCode()).isNull());
	}

	@Test
	void clientErrorsFailAtOnceWithKindesErrorCodeAndNoSecret() {
		KindeClientRegistration wrongSecret = new KindeClientRegistration("acme", "acme-agent", "not-the-secret",
				List.of(API), List.of(), "org_acme");
		assertThatExceptionOfType(KindeTokenException.class).isThrownBy(() -> tokens(wrongSecret).token("acme"))
			.withMessageContaining("registration 'acme'")
			.withMessageContaining("invalid_client")
			.satisfies((ex) -> {
				assertThat(ex.errorCode()).isEqualTo("invalid_client");
				assertThat(ex.getMessage()).doesNotContain("not-the-secret");
			});
		assertThat(this.issuer.tokenRequests()).isEqualTo(1);
		KindeClientRegistration wrongAudience = new KindeClientRegistration("acme", "acme-agent", "acme-secret",
				List.of("https://other.api"), List.of(), "org_acme");
		assertThatExceptionOfType(KindeTokenException.class).isThrownBy(() -> tokens(wrongAudience).token("acme"))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("unauthorized_client"));
		KindeClientRegistration wrongScope = new KindeClientRegistration("globex", "globex-agent", "globex-secret",
				List.of(API), List.of("kb:write"), "org_globex");
		assertThatExceptionOfType(KindeTokenException.class).isThrownBy(() -> tokens(wrongScope).token("globex"))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("invalid_scope"));
	}

	@Test
	void aTokenForAnotherOrganisationThanConfiguredIsRefused() {
		// The globex credentials filed under the acme registration by mistake.
		KindeClientRegistration misfiled = new KindeClientRegistration("acme", "globex-agent", "globex-secret",
				List.of(API), List.of(), "org_acme");
		assertThatExceptionOfType(KindeTokenException.class).isThrownBy(() -> tokens(misfiled).token("acme"))
			.withMessageContaining("is for organisation org_globex, not the configured org_acme");
	}

	@Test
	void registrationsCanBeReplacedAtRunTime() {
		KindeM2mTokens tokens = tokens(acme());
		tokens.token("acme");
		this.issuer.register(LocalClient.builder("acme-agent").secret("rotated-secret").org("org_acme").audiences(API)
			.scopes("kb:read").build());
		tokens.register(new KindeClientRegistration("acme", "acme-agent", "rotated-secret", List.of(API), List.of(),
				"org_acme"));
		assertThat(tokens.accessToken("acme").scopes()).containsExactly("kb:read");
		assertThat(this.issuer.tokenRequests()).isEqualTo(2);
		tokens.register(globex());
		assertThat(tokens.registrations()).containsExactlyInAnyOrder("acme", "globex");
		tokens.remove("globex");
		assertThatExceptionOfType(KindeTokenException.class).isThrownBy(() -> tokens.token("globex"))
			.withMessageContaining("No Kinde client registration named 'globex'");
	}

	@Test
	void tokenRequestsAreMeasuredByOutcome() {
		io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
		KindeM2mTokens tokens = tokens(acme(), new KindeClientRegistration("bad", "acme-agent", "wrong", List.of(API),
				List.of(), null));
		tokens.setTokenRequestListener(new io.github.kindem2m.observability.KindeM2mMetrics(registry, false));
		tokens.token("acme");
		tokens.token("acme");
		assertThatExceptionOfType(KindeTokenException.class).isThrownBy(() -> tokens.token("bad"));
		assertThat(registry.get("kinde.m2m.client.token.requests").tags("outcome", "success").timer().count()).isEqualTo(1);
		assertThat(registry.get("kinde.m2m.client.token.requests").tags("outcome", "refused").timer().count()).isEqualTo(1);
		assertThat(registry.find("kinde.m2m.client.token.requests").tagKeys("registration").timer()).isNull();
	}

	@Test
	void theRestClientInterceptorRetriesOnceWithAFreshTokenAfterA401() throws IOException {
		KindeM2mTokens tokens = tokens(acme());
		String stale = tokens.token("acme");
		List<String> seen = new ArrayList<>();
		HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		api.createContext("/", (exchange) -> {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			seen.add(authorization);
			int status = authorization.equals("Bearer " + stale) ? 401 : 200;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		api.start();
		try {
			RestClient client = RestClient.builder()
				.baseUrl("http://127.0.0.1:" + api.getAddress().getPort())
				.requestInterceptor(tokens.interceptor("acme"))
				.build();
			assertThat(client.get().uri("/articles").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
			assertThat(seen).hasSize(2);
			assertThat(seen.get(0)).isEqualTo("Bearer " + stale);
			assertThat(seen.get(1)).startsWith("Bearer ").isNotEqualTo("Bearer " + stale);
			assertThat(this.issuer.tokenRequests()).isEqualTo(2);
		}
		finally {
			api.stop(0);
		}
	}

	@Test
	void aSecond401IsReturnedNotRetriedForever() throws IOException {
		KindeM2mTokens tokens = tokens(acme());
		HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		List<String> seen = new ArrayList<>();
		api.createContext("/", (exchange) -> {
			seen.add(exchange.getRequestHeaders().getFirst("Authorization"));
			exchange.sendResponseHeaders(401, -1);
			exchange.close();
		});
		api.start();
		try {
			RestClient client = RestClient.builder()
				.baseUrl("http://127.0.0.1:" + api.getAddress().getPort())
				.requestInterceptor(tokens.interceptor("acme"))
				.defaultStatusHandler((status) -> true, (request, response) -> {
				})
				.build();
			assertThat(client.get().uri("/articles").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
			assertThat(seen).hasSize(2);
		}
		finally {
			api.stop(0);
		}
	}

	static final class TestClock extends Clock {

		private Instant now = Instant.now();

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}


}
