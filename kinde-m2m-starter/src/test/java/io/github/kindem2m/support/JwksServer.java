package io.github.kindem2m.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * A Kinde-like domain on a random loopback port that serves a JWKS over real HTTP and
 * counts how often it was asked.
 */
public final class JwksServer implements AutoCloseable {

	public static final String PATH = "/.well-known/jwks";

	private final WireMockServer server = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1").containerThreads(12));

	public JwksServer(RSAKey... keys) {
		this.server.start();
		serve(keys);
	}

	public String domain() {
		return "http://localhost:" + this.server.port();
	}

	public void serve(RSAKey... keys) {
		serveBody(TestTokens.jwks(keys));
	}

	public void serveBody(String body) {
		this.server.resetMappings();
		this.server.stubFor(WireMock.get(PATH)
			.willReturn(WireMock.okJson(body)));
	}

	public void fail(int status) {
		this.server.resetMappings();
		this.server.stubFor(WireMock.get(PATH).willReturn(WireMock.aResponse().withStatus(status)));
	}

	public void delay(int millis, RSAKey... keys) {
		this.server.resetMappings();
		this.server.stubFor(WireMock.get(PATH)
			.willReturn(WireMock.okJson(TestTokens.jwks(keys)).withFixedDelay(millis)));
	}

	public int requests() {
		return this.server.countRequestsMatching(WireMock.getRequestedFor(WireMock.urlEqualTo(PATH)).build())
			.getCount();
	}

	public void resetCount() {
		this.server.resetRequests();
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
