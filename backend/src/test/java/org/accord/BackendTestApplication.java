package org.accord;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the backend alone, for integration tests and module verification. */
@SpringBootApplication
public class BackendTestApplication {
}
