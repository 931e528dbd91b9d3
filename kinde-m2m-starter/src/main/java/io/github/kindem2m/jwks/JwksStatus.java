package io.github.kindem2m.jwks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.jwk.JWKSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * What is known about the Kinde key set, kept from the key source's own events so that
 * reading it never makes a network call: when keys were last fetched, how many, and
 * whether an outage has the last keys serving on borrowed time. Logs one warning when an
 * outage begins and one line when it ends, never one per request.
 */
public final class JwksStatus implements JwksListener {

	private static final Log logger = LogFactory.getLog(JwksStatus.class);

	private final Clock clock;

	private volatile int keyCount;

	private volatile @Nullable Instant lastSuccessfulFetch;

	private volatile @Nullable String lastFailure;

	private volatile @Nullable Instant outageSince;

	private volatile @Nullable Instant servingUntil;

	/**
	 * Creates the status.
	 * @param clock the clock of the recorded times
	 */
	public JwksStatus(Clock clock) {
		this.clock = clock;
	}

	/** The state of the key set, for a health check. */
	public enum State {

		/** Keys are cached and usable. */
		USABLE,

		/** Nothing fetched yet: keys are fetched when the first token arrives. */
		NOT_FETCHED,

		/** No usable key is left: tokens cannot be verified. */
		UNUSABLE

	}

	@Override
	public void keysRefreshed(JWKSet keys) {
		this.keyCount = keys.getKeys().size();
	}

	@Override
	public synchronized void fetched(Duration duration, @Nullable Throwable failure) {
		if (failure == null) {
			this.lastSuccessfulFetch = Instant.now(this.clock);
			if (this.outageSince != null) {
				logger.info("Kinde key set reachable again after an outage that began at " + this.outageSince);
			}
			this.outageSince = null;
			this.servingUntil = null;
			this.lastFailure = null;
		}
		else {
			this.lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		}
	}

	@Override
	public synchronized void servingStaleKeys(Throwable cause, Duration remaining) {
		Instant now = Instant.now(this.clock);
		this.servingUntil = now.plus(remaining);
		if (this.outageSince == null) {
			this.outageSince = now;
			logger.warn("Kinde key set unreachable (" + cause.getMessage() + "); the last keys keep serving until "
					+ this.servingUntil);
		}
	}

	/**
	 * The state now.
	 * @return usable, not fetched yet, or unusable
	 */
	public State state() {
		Instant until = this.servingUntil;
		if (this.keyCount > 0 && (until == null || Instant.now(this.clock).isBefore(until))) {
			return (this.lastSuccessfulFetch != null) ? State.USABLE : State.UNUSABLE;
		}
		return (this.lastSuccessfulFetch == null && this.lastFailure == null) ? State.NOT_FETCHED : State.UNUSABLE;
	}

	/**
	 * How many keys the key set had when last refreshed.
	 * @return the key count
	 */
	public int keyCount() {
		return this.keyCount;
	}

	/**
	 * When the key set was last fetched successfully.
	 * @return the instant, or {@code null} if never
	 */
	public @Nullable Instant lastSuccessfulFetch() {
		return this.lastSuccessfulFetch;
	}

	/**
	 * Why the last fetch failed, if it did.
	 * @return the failure, or {@code null}
	 */
	public @Nullable String lastFailure() {
		return this.lastFailure;
	}

	/**
	 * Whether the last keys are serving because the key set cannot be retrieved.
	 * @return whether outage tolerance is in use
	 */
	public boolean isServingStaleKeys() {
		return this.outageSince != null;
	}

	/**
	 * Until when the last keys keep serving during an outage.
	 * @return the instant, or {@code null} outside an outage
	 */
	public @Nullable Instant servingUntil() {
		return this.servingUntil;
	}

}
