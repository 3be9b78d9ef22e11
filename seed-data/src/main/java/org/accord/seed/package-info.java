/**
 * Demo content loaded once, on an empty database, through the modules' public services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Seed data")
package org.accord.seed;
