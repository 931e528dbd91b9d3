package io.github.kindem2m.test.issuer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Kinde-compatible issuer on a loopback port, for tests and local development: the
 * discovery document, the signing keys at {@code /.well-known/jwks} and
 * {@code /.well-known/jwks.json}, and {@code POST /oauth2/token} with the client
 * credentials grant as Kinde does it. Tokens are RS256, shaped exactly like Kinde's M2M
 * tokens.
 *
 * <pre>{@code
 * try (LocalKindeIssuer issuer = LocalKindeIssuer.builder()
 *         .client(LocalClient.builder("acme-agent").org("org_acme").audiences("my-api").scopes("kb:read").build())
 *         .start()) {
 *     String token = issuer.token("acme-agent", "my-api");
 * }
 * }</pre>
 *
 * It is not an identity provider: it has no persistence, no user login, and keys that
 * live only as long as the process.
 */
public final class LocalKindeIssuer implements AutoCloseable {

	/** The audience tokens get when none is asked for. */
	public static final String DEFAULT_AUDIENCE = "https://api.local.test";

	static final String JWKS_PATH = "/.well-known/jwks";

	static final String TOKEN_PATH = "/oauth2/token";

	private final HttpServer server;

	private final ExecutorService executor;

	private final String domain;

	private final String defaultAudience;

	private final Map<String, LocalClient> clients = new ConcurrentHashMap<>();

	private final List<RSAKey> publishedKeys = new CopyOnWriteArrayList<>();

	private volatile RSAKey signingKey;

	private final AtomicInteger jwksRequests = new AtomicInteger();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private volatile int failureStatus = 503;

	private LocalKindeIssuer(Builder builder) throws IOException {
		this.defaultAudience = builder.defaultAudience;
		this.signingKey = generateKey();
		this.publishedKeys.add(this.signingKey);
		builder.clients.forEach(this::register);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
		this.domain = "http://127.0.0.1:" + this.server.getAddress().getPort();
		this.executor = Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task, "local-kinde-issuer");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/.well-known/openid-configuration", (exchange) -> json(exchange, 200, discovery()));
		this.server.createContext(JWKS_PATH, (exchange) -> {
			this.jwksRequests.incrementAndGet();
			json(exchange, 200, new JWKSet(new ArrayList<>(this.publishedKeys)).toPublicJWKSet().toJSONObject());
		});
		this.server.createContext(TOKEN_PATH, new TokenEndpoint(this));
		this.server.start();
	}

	/**
	 * Starts an issuer on a free loopback port with no clients.
	 * @return the running issuer
	 */
	public static LocalKindeIssuer start() {
		return builder().start();
	}

	/**
	 * Starts configuring an issuer.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The issuer's domain, to use as {@code kinde.m2m.domain}: {@code http://127.0.0.1:<port>}.
	 * @return the domain, also the tokens' {@code iss}
	 */
	public String domain() {
		return this.domain;
	}

	/**
	 * The port the issuer listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * The token endpoint.
	 * @return {@code {domain}/oauth2/token}
	 */
	public String tokenEndpoint() {
		return this.domain + TOKEN_PATH;
	}

	/**
	 * The audience of tokens minted without one.
	 * @return the default audience
	 */
	public String defaultAudience() {
		return this.defaultAudience;
	}

	/**
	 * Registers a client, replacing one with the same id.
	 * @param client the client
	 */
	public void register(LocalClient client) {
		this.clients.put(client.clientId(), client);
	}

	/**
	 * The registered clients.
	 * @return the clients, by id
	 */
	public Collection<LocalClient> clients() {
		return List.copyOf(this.clients.values());
	}

	Optional<LocalClient> client(String clientId) {
		return Optional.ofNullable(this.clients.get(clientId));
	}

	/**
	 * Mints a token for the default test caller: client {@code local-test-client}, no
	 * organisation, no scopes, the default audience.
	 * @return a minter to adjust and sign
	 */
	public TokenMinter mint() {
		LocalClient anonymous = LocalClient.builder("local-test-client").build();
		return new TokenMinter(this.domain, this.signingKey, anonymous, List.of(this.defaultAudience), List.of());
	}

	/**
	 * Mints a token as the token endpoint would for a registered client, with all its
	 * scopes.
	 * @param clientId a registered client
	 * @param audiences the audiences; the default audience when none are given
	 * @return a minter to adjust and sign
	 */
	public TokenMinter mint(String clientId, String... audiences) {
		LocalClient client = client(clientId)
			.orElseThrow(() -> new IllegalArgumentException("No client registered with id " + clientId));
		List<String> audience = (audiences.length > 0) ? List.of(audiences) : List.of(this.defaultAudience);
		return mint(client, audience, List.copyOf(client.scopes()));
	}

	TokenMinter mint(LocalClient client, List<String> audiences, List<String> scopes) {
		return new TokenMinter(this.domain, this.signingKey, client, audiences, scopes);
	}

	/**
	 * A signed token for a registered client, as {@code POST /oauth2/token} returns it.
	 * @param clientId a registered client
	 * @param audiences the audiences; the default audience when none are given
	 * @return the compact token
	 */
	public String token(String clientId, String... audiences) {
		return mint(clientId, audiences).sign();
	}

	/**
	 * Publishes a new signing key and signs every later token with it; older keys stay
	 * published until {@linkplain #retireKey(String) retired}.
	 * @return the new key, with its private part
	 */
	public RSAKey rotateKey() {
		RSAKey key = generateKey();
		this.publishedKeys.add(key);
		this.signingKey = key;
		return key;
	}

	/**
	 * Removes a key from the published key set. The current signing key cannot be retired.
	 * @param keyId the {@code kid}
	 */
	public void retireKey(String keyId) {
		if (this.signingKey.getKeyID().equals(keyId)) {
			throw new IllegalStateException("The current signing key cannot be retired; rotate first");
		}
		this.publishedKeys.removeIf((key) -> key.getKeyID().equals(keyId));
	}

	/**
	 * Publishes an extra key without signing with it, such as a deliberately weak one.
	 * @param key the key
	 */
	public void publishKey(RSAKey key) {
		this.publishedKeys.add(key);
	}

	/**
	 * The key that signs tokens now.
	 * @return the signing key, with its private part
	 */
	public RSAKey signingKey() {
		return this.signingKey;
	}

	/**
	 * The ids of the published keys.
	 * @return the key ids
	 */
	public List<String> publishedKeyIds() {
		return this.publishedKeys.stream().map(RSAKey::getKeyID).toList();
	}

	/**
	 * How many key set requests were served.
	 * @return the count
	 */
	public int jwksRequests() {
		return this.jwksRequests.get();
	}

	/**
	 * How many token requests were received, successful or not.
	 * @return the count
	 */
	public int tokenRequests() {
		return this.tokenRequests.get();
	}

	void countTokenRequest() {
		this.tokenRequests.incrementAndGet();
	}

	/**
	 * Makes the next token requests fail with a server error, to test an agent's retries.
	 * @param count how many requests fail
	 * @param status the HTTP status they get, such as 503
	 */
	public void failNextTokenRequests(int count, int status) {
		this.failureStatus = status;
		this.failuresLeft.set(count);
	}

	int takeFailure() {
		return (this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) ? this.failureStatus : 0;
	}

	/**
	 * A fresh 2048-bit RSA key that no issuer publishes, for forged-signature tests.
	 * @return a new key with a random id
	 */
	public static RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(com.nimbusds.jose.JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private Map<String, Object> discovery() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", this.domain);
		document.put("token_endpoint", tokenEndpoint());
		document.put("jwks_uri", this.domain + JWKS_PATH);
		document.put("grant_types_supported", List.of("client_credentials"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		return document;
	}

	static void json(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
		byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * Configures a {@link LocalKindeIssuer}.
	 */
	public static final class Builder {

		private int port;

		private String defaultAudience = DEFAULT_AUDIENCE;

		private final List<LocalClient> clients = new ArrayList<>();

		private Builder() {
		}

		/** The port to listen on; 0 (the default) picks a free one. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** The audience of tokens minted without one. */
		public Builder defaultAudience(String audience) {
			this.defaultAudience = audience;
			return this;
		}

		/** Registers a client. */
		public Builder client(LocalClient client) {
			this.clients.add(client);
			return this;
		}

		/** Starts the issuer. */
		public LocalKindeIssuer start() {
			try {
				return new LocalKindeIssuer(this);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the local Kinde issuer", ex);
			}
		}

	}

}
