package dev.junction.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Runs {@link JunctionProcessor} and records the source files it creates. compile-testing hides generated files
 * once a compilation has failed, but "nothing was generated for the broken model" is exactly what failing
 * compilations must show.
 */
final class RecordingProcessor extends AbstractProcessor {

    private final JunctionProcessor delegate = new JunctionProcessor();
    private final List<String> createdSources = new ArrayList<>();

    /** The qualified names of the source files the processor created, in order. */
    List<String> createdSources() {
        return List.copyOf(createdSources);
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Filer filer = proxy(Filer.class, env.getFiler(), (method, args) -> {
            if (method.getName().equals("createSourceFile")) {
                createdSources.add(args[0].toString());
            }
        });
        delegate.init(proxy(ProcessingEnvironment.class, env,
                (method, args) -> { }, "getFiler", filer));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return delegate.process(annotations, round);
    }

    private interface Observer {
        void called(Method method, Object[] args);
    }

    /** A proxy that forwards every call to {@code target} after telling the observer, except one replaced getter. */
    private static <T> T proxy(Class<T> type, T target, Observer observer, String replaced, Object replacement) {
        InvocationHandler handler = (proxy, method, args) -> {
            observer.called(method, args);
            if (method.getName().equals(replaced)) {
                return replacement;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static <T> T proxy(Class<T> type, T target, Observer observer) {
        return proxy(type, target, observer, null, null);
    }
}
