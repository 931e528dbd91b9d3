package io.github.kindem2m.web;

import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.util.StringUtils;

/**
 * Takes the token from the one {@code Authorization: Bearer} header and nowhere else.
 * Two {@code Authorization} headers, or a bearer header plus an {@code access_token}
 * parameter, are an {@code invalid_request} (400) rather than a guess at which one
 * counts. A token only in the query string or form body is ignored.
 */
public final class KindeBearerTokenResolver implements BearerTokenResolver {

	private static final String ACCESS_TOKEN_PARAMETER = "access_token";

	private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

	@Override
	public @Nullable String resolve(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
		String authorization = null;
		int count = 0;
		while (headers != null && headers.hasMoreElements()) {
			authorization = headers.nextElement();
			count++;
		}
		if (count > 1) {
			throw new OAuth2AuthenticationException(
					BearerTokenErrors.invalidRequest("The request must carry exactly one Authorization header"));
		}
		if (StringUtils.startsWithIgnoreCase(authorization, "bearer")
				&& request.getParameterValues(ACCESS_TOKEN_PARAMETER) != null) {
			throw new OAuth2AuthenticationException(BearerTokenErrors
				.invalidRequest("The token must be sent in the Authorization header only, not also as access_token"));
		}
		return this.header.resolve(request);
	}

}
