package io.github.kindem2m.test.issuer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LocalKindeIssuer} on its own for local development:
 *
 * <pre>
 * java -cp ... io.github.kindem2m.test.issuer.LocalKindeIssuerApplication --port=9400 --clients=clients.yml
 * </pre>
 *
 * and prints its URL and demo clients. Stop it with Ctrl-C.
 */
public final class LocalKindeIssuerApplication {

	private LocalKindeIssuerApplication() {
	}

	/**
	 * Starts the issuer and waits.
	 * @param args {@code --port=N} (default 9400) and {@code --clients=FILE} (YAML or JSON)
	 * @throws IOException when the clients file cannot be read
	 * @throws InterruptedException when interrupted while running
	 */
	public static void main(String[] args) throws IOException, InterruptedException {
		int port = 9400;
		List<LocalClient> clients = List.of();
		for (String arg : args) {
			if (arg.startsWith("--port=")) {
				port = Integer.parseInt(arg.substring("--port=".length()));
			}
			else if (arg.startsWith("--clients=")) {
				clients = LocalClients.load(Path.of(arg.substring("--clients=".length())));
			}
			else {
				System.err.println("Unknown argument " + arg + "; use --port=N and --clients=FILE");
				System.exit(2);
			}
		}
		LocalKindeIssuer.Builder builder = LocalKindeIssuer.builder().port(port);
		clients.forEach(builder::client);
		LocalKindeIssuer issuer = builder.start();
		printSummary(issuer, System.out);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			issuer.close();
			stopped.countDown();
		}));
		stopped.await();
	}

	/**
	 * Prints where the issuer is and which demo clients it knows.
	 * @param issuer the running issuer
	 * @param out where to print
	 */
	public static void printSummary(LocalKindeIssuer issuer, PrintStream out) {
		out.println("Local Kinde issuer (for development only) at " + issuer.domain());
		out.println("  token endpoint: " + issuer.tokenEndpoint());
		out.println("  keys:           " + issuer.domain() + LocalKindeIssuer.JWKS_PATH);
		for (LocalClient client : issuer.clients()) {
			out.printf("  client %-20s secret %-24s org %-14s audiences %s scopes %s flags %s%n", client.clientId(),
					client.clientSecret(), (client.orgCode() != null) ? client.orgCode() : "-", client.audiences(),
					client.scopes(), client.flags().keySet());
		}
	}

}
