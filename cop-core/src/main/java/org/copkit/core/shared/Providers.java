package org.copkit.core.shared;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.copkit.api.shared.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the vendors' providers of a service interface with {@link ServiceLoader}, from the class
 * path and from the module path ({@code org.copkit.core} declares {@code uses} for each SPI). A
 * provider that cannot be loaded (a missing class, a constructor that throws, a bad entry in {@code
 * META-INF/services}) is reported with one warning of the same shape for every SPI and skipped: a
 * broken plug-in never stops the platform.
 *
 * <p>Wiring for {@code CopPlatform}; hosts choose discovery on its builder.
 */
public final class Providers {

  private static final Logger LOG = LoggerFactory.getLogger(Providers.class);

  private Providers() {}

  /**
   * @param service the service interface
   * @param <T> its type
   * @return the providers that loaded, in the order {@link ServiceLoader} found them
   */
  public static <T> List<T> load(Class<T> service) {
    Validation.required("service", service);
    return load(service, ServiceLoader.load(service));
  }

  /**
   * Takes the providers one by one, skipping each that fails to load.
   *
   * @param service the service interface, named in the warnings
   * @param found the providers, as a {@link ServiceLoader} hands them out
   * @param <T> the service type
   * @return the providers that loaded, in order
   */
  public static <T> List<T> load(Class<T> service, Iterable<? extends T> found) {
    Validation.required("service", service);
    List<T> loaded = new ArrayList<>();
    Iterator<? extends T> providers = Validation.required("found", found).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          return List.copyOf(loaded);
        }
        loaded.add(Validation.required("provider", providers.next()));
      } catch (ServiceConfigurationError broken) {
        LOG.warn("Skipped a {} provider that could not be loaded: {}", service.getName(), broken.getMessage(), broken);
      }
    }
  }
}
