package io.github.kindem2m.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * Access tokens for an agent's Kinde M2M applications, one registration per customer
 * organisation, fetched with the client credentials grant and cached.
 *
 * <pre>{@code
 * RestClient acme = RestClient.builder()
 *     .baseUrl("https://kb.example.com")
 *     .requestInterceptor(tokens.interceptor("acme"))
 *     .build();
 * }</pre>
 *
 * A token is reused until {@code refresh-margin} before it expires; a hundred threads
 * asking at once cause one request; network errors and 5xx answers are retried with
 * backoff; 4xx answers fail at once with a {@link KindeTokenException} naming the
 * registration and Kinde's error code; a token for another organisation than the
 * registration's is refused. Registrations can be added or replaced at run time.
 */
public final class KindeM2mTokens {

	private final Map<String, Slot> slots = new ConcurrentHashMap<>();

	private final TokenEndpoint endpoint;

	private final Duration refreshMargin;

	private final Clock clock;

	private volatile TokenRequestListener listener = (registration, outcome, duration) -> {
	};

	/**
	 * Creates the token store.
	 * @param tokenUri Kinde's token endpoint, {@code {domain}/oauth2/token}
	 * @param settings timeouts, retries and refresh margin
	 * @param registrations the initial registrations
	 * @param clock the clock of the expiry checks
	 */
	public KindeM2mTokens(URI tokenUri, Settings settings, Collection<KindeClientRegistration> registrations,
			Clock clock) {
		this.endpoint = new TokenEndpoint(tokenUri, settings.connectTimeout(), settings.readTimeout(),
				settings.maxAttempts(), settings.initialBackoff(), this::registrationOrNull);
		this.refreshMargin = settings.refreshMargin();
		this.clock = clock;
		registrations.forEach(this::register);
	}

	/**
	 * How the token endpoint is called.
	 *
	 * @param connectTimeout connect timeout of a token request
	 * @param readTimeout read timeout of a token request
	 * @param maxAttempts attempts for network errors and 5xx answers
	 * @param initialBackoff wait before the first retry, doubled for each next one
	 * @param refreshMargin how long before expiry a token is replaced
	 */
	public record Settings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff,
			Duration refreshMargin) {
	}

	/**
	 * A valid access token for a registration, from the cache or fetched now.
	 * @param registration the registration's name
	 * @return the compact token
	 * @throws KindeTokenException when no token can be obtained
	 */
	public String token(String registration) {
		return accessToken(registration).value();
	}

	/**
	 * A valid access token for a registration, with its expiry, scopes and organisation.
	 * @param registration the registration's name
	 * @return the token
	 * @throws KindeTokenException when no token can be obtained
	 */
	public KindeAccessToken accessToken(String registration) {
		Slot slot = slot(registration);
		KindeAccessToken cached = slot.token;
		if (isFresh(cached)) {
			return cached;
		}
		synchronized (slot) {
			if (isFresh(slot.token)) {
				return slot.token;
			}
			long start = System.nanoTime();
			try {
				slot.token = this.endpoint.fetch(slot.registration);
			}
			catch (KindeTokenException ex) {
				TokenRequestListener.Outcome outcome = (ex.errorCode() != null || ex.getCause() == null)
						? TokenRequestListener.Outcome.REFUSED : TokenRequestListener.Outcome.FAILED;
				this.listener.requested(registration, outcome, Duration.ofNanos(System.nanoTime() - start));
				throw ex;
			}
			this.listener.requested(registration, TokenRequestListener.Outcome.SUCCESS,
					Duration.ofNanos(System.nanoTime() - start));
			return slot.token;
		}
	}

	/**
	 * Sets who is told about token requests, such as the metrics.
	 * @param listener the listener
	 */
	public void setTokenRequestListener(TokenRequestListener listener) {
		this.listener = listener;
	}

	/**
	 * Drops the cached token of a registration, so the next call fetches a new one.
	 * @param registration the registration's name
	 */
	public void invalidate(String registration) {
		Slot slot = this.slots.get(registration);
		if (slot != null) {
			slot.token = null;
		}
	}

	/** Drops the cached token only if it is still the one that was refused. */
	void invalidate(String registration, String refusedToken) {
		Slot slot = this.slots.get(registration);
		if (slot != null) {
			synchronized (slot) {
				if (slot.token != null && slot.token.value().equals(refusedToken)) {
					slot.token = null;
				}
			}
		}
	}

	/**
	 * Adds a registration, or replaces one with the same name (such as after a credentials
	 * rotation); a replaced registration's cached token is dropped.
	 * @param registration the registration
	 */
	public void register(KindeClientRegistration registration) {
		this.slots.put(registration.name(), new Slot(registration));
	}

	/**
	 * Removes a registration and its cached token.
	 * @param registration the registration's name
	 */
	public void remove(String registration) {
		this.slots.remove(registration);
	}

	/**
	 * The names of the registrations.
	 * @return the names
	 */
	public Set<String> registrations() {
		return Set.copyOf(this.slots.keySet());
	}

	/**
	 * A {@code RestClient} interceptor that sends the registration's token and, on a 401
	 * answer, drops it and retries once with a new one.
	 * @param registration the registration's name
	 * @return the interceptor
	 */
	public ClientHttpRequestInterceptor interceptor(String registration) {
		slot(registration);
		return new BearerTokenInterceptor(this, registration);
	}

	private boolean isFresh(@Nullable KindeAccessToken token) {
		return token != null && Instant.now(this.clock).plus(this.refreshMargin).isBefore(token.expiresAt());
	}

	private Slot slot(String registration) {
		Slot slot = this.slots.get(registration);
		if (slot == null) {
			throw new KindeTokenException(registration, null,
					"No Kinde client registration named '" + registration + "'; known: " + this.slots.keySet(), null);
		}
		return slot;
	}

	private @Nullable KindeClientRegistration registrationOrNull(String name) {
		Slot slot = this.slots.get(name);
		return (slot != null) ? slot.registration : null;
	}

	/** One registration and its cached token; its monitor makes fetches single-flight. */
	private static final class Slot {

		final KindeClientRegistration registration;

		volatile @Nullable KindeAccessToken token;

		Slot(KindeClientRegistration registration) {
			this.registration = registration;
		}

	}

}
