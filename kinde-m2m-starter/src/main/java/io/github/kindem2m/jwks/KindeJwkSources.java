package io.github.kindem2m.jwks;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;

import com.nimbusds.jose.jwk.source.CachingJWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.OutageTolerantJWKSetSource;
import com.nimbusds.jose.jwk.source.RefreshAheadCachingJWKSetSource;
import com.nimbusds.jose.util.events.EventListener;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;

/**
 * Builds the source of Kinde's signing keys on Nimbus's {@link JWKSourceBuilder}: keys
 * are cached and refreshed ahead of expiry, fetches for unknown key ids are rate limited,
 * the last keys keep serving through an outage, and every fetch is bounded in time and
 * size. Nothing is fetched until the first token arrives.
 */
public final class KindeJwkSources {

	private KindeJwkSources() {
	}

	/**
	 * Creates the key source. Close it (it is {@link java.io.Closeable}) to stop its
	 * background refresh.
	 * @param settings how to fetch and cache the keys
	 * @return the key source
	 */
	public static JWKSource<SecurityContext> remote(JwksSettings settings) {
		return remote(settings, new JwksListener() {
		});
	}

	/**
	 * Creates the key source and tells the listener about every refresh.
	 * @param settings how to fetch and cache the keys
	 * @param listener told when keys are refreshed
	 * @return the key source
	 */
	public static JWKSource<SecurityContext> remote(JwksSettings settings, JwksListener listener) {
		EventListener<CachingJWKSetSource<SecurityContext>, SecurityContext> refreshes = (event) -> {
			if (event instanceof CachingJWKSetSource.RefreshCompletedEvent<SecurityContext> completed) {
				listener.keysRefreshed(completed.getJWKSet());
			}
			else if (event instanceof RefreshAheadCachingJWKSetSource.ScheduledRefreshCompletedEvent<SecurityContext> ahead) {
				listener.keysRefreshed(ahead.getJWKSet());
			}
		};
		ResourceRetriever retriever = new TimedRetriever(new DefaultResourceRetriever(
				Math.toIntExact(settings.connectTimeout().toMillis()), Math.toIntExact(settings.readTimeout().toMillis()),
				settings.maxSize()), listener);
		JWKSourceBuilder<SecurityContext> builder;
		try {
			builder = JWKSourceBuilder.create(settings.uri().toURL(), retriever);
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("The key set URI is not a URL", ex);
		}
		builder.cache(settings.cacheTtl().toMillis(), settings.refreshTimeout().toMillis(), refreshes)
			.rateLimited(settings.minRefetchInterval().toMillis(), (event) -> listener.rateLimited())
			.retrying(false);
		if (settings.refreshAhead().isZero()) {
			builder.refreshAheadCache(false);
		}
		else {
			builder.refreshAheadCache(settings.refreshAhead().toMillis(), false, refreshes);
		}
		if (settings.outageTolerance().isZero()) {
			builder.outageTolerant(false);
		}
		else {
			builder.outageTolerant(settings.outageTolerance().toMillis(), (event) -> {
				if (event instanceof OutageTolerantJWKSetSource.OutageEvent<SecurityContext> outage) {
					listener.servingStaleKeys(outage.getException(), Duration.ofMillis(Math.max(0, outage.getRemainingTime())));
				}
			});
		}
		return builder.build();
	}

	/** Times each request to the key set URL and reports its outcome. */
	private record TimedRetriever(ResourceRetriever delegate, JwksListener listener) implements ResourceRetriever {

		@Override
		public Resource retrieveResource(URL url) throws IOException {
			long start = System.nanoTime();
			try {
				Resource resource = this.delegate.retrieveResource(url);
				this.listener.fetched(Duration.ofNanos(System.nanoTime() - start), null);
				return resource;
			}
			catch (IOException | RuntimeException ex) {
				this.listener.fetched(Duration.ofNanos(System.nanoTime() - start), ex);
				throw ex;
			}
		}

	}

}
