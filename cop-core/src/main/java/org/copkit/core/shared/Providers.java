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
   * Loads the providers a class loader finds, refusing or skipping one that cannot be loaded as the
   * host chose (see {@link AddOns#refuse}).
   *
   * @param service the service interface
   * @param loader the class loader to search, or null for the thread's context class loader
   * @param kind the extension point, named in errors, such as {@code "ranking-signal"}
   * @param addOns what to do with a provider that cannot be loaded
   * @param <T> its type
   * @return the providers that loaded, in the order {@link ServiceLoader} found them
   * @throws org.copkit.api.shared.InvalidInputException naming the provider and the cause, when the
   *     host refuses broken add-ons
   */
  public static <T> List<T> load(Class<T> service, ClassLoader loader, String kind, AddOns addOns) {
    Validation.required("service", service);
    Validation.required("addOns", addOns);
    ServiceLoader<T> found = loader == null ? ServiceLoader.load(service) : ServiceLoader.load(service, loader);
    List<T> loaded = new ArrayList<>();
    Iterator<T> providers = found.iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          return List.copyOf(loaded);
        }
        loaded.add(Validation.required("provider", providers.next()));
      } catch (ServiceConfigurationError | LinkageError broken) {
        Throwable cause = broken.getCause() == null ? broken : broken.getCause();
        addOns.refuse(kind, "a provider could not be loaded: " + broken.getMessage()
            + (cause == broken ? "" : " (cause: " + cause + ")"), broken);
      }
    }
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
