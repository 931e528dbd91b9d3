package io.github.kindem2m.validation;

import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Reports each decoding to the {@link TokenOutcomeListener}s and logs each refusal at
 * debug level with its reason and description, never the token.
 */
public final class ObservedJwtDecoder implements JwtDecoder {

	private static final Log logger = LogFactory.getLog(ObservedJwtDecoder.class);

	private final JwtDecoder delegate;

	private final Supplier<Iterable<TokenOutcomeListener>> listeners;

	/**
	 * Wraps a decoder.
	 * @param delegate the decoder
	 * @param listeners the listeners, looked up at each decoding
	 */
	public ObservedJwtDecoder(JwtDecoder delegate, Supplier<Iterable<TokenOutcomeListener>> listeners) {
		this.delegate = delegate;
		this.listeners = listeners;
	}

	@Override
	public Jwt decode(@Nullable String token) throws JwtException {
		Jwt jwt;
		try {
			jwt = this.delegate.decode(token);
		}
		catch (JwtException ex) {
			String reason = TokenRefusals.reason(ex);
			if (logger.isDebugEnabled()) {
				logger.debug("Refused a bearer token: reason=" + reason + ", detail=" + ex.getMessage());
			}
			this.listeners.get().forEach((listener) -> listener.refused(reason));
			throw ex;
		}
		this.listeners.get().forEach((listener) -> listener.accepted(jwt));
		return jwt;
	}

}
