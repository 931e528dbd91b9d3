package io.github.kindem2m.client;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The credentials of one Kinde M2M application an agent uses, typically one per customer
 * organisation.
 *
 * @param name the registration's name, such as {@code acme}
 * @param clientId the M2M application's client id
 * @param clientSecret its client secret
 * @param audiences the API audiences to request (at least one)
 * @param scopes the scopes to request; empty for all the application is granted
 * @param orgCode the organisation the credentials must belong to; a token for another
 * organisation is refused. {@code null} to skip the check
 */
public record KindeClientRegistration(String name, String clientId, String clientSecret, List<String> audiences,
		List<String> scopes, @Nullable String orgCode) {

	public KindeClientRegistration {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(clientSecret, "clientSecret");
		audiences = List.copyOf(audiences);
		scopes = List.copyOf(scopes);
		if (audiences.isEmpty()) {
			throw new IllegalArgumentException("Registration '" + name + "' needs at least one audience");
		}
	}

	@Override
	public String toString() {
		return "KindeClientRegistration[name=" + this.name + ", clientId=" + this.clientId + ", audiences="
				+ this.audiences + ", scopes=" + this.scopes + ", orgCode=" + this.orgCode + "]";
	}

}
