package dev.junction.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;

/**
 * Runs {@link JunctionProcessor} and records the source files and the resources it creates. compile-testing hides
 * generated files once a compilation has failed, but "nothing was generated for the broken model" is exactly what
 * failing compilations must show.
 *
 * <p>It can also make the {@link Filer} fail for one source file, as a full disk would, to show that a failure
 * inside the processor becomes a diagnostic instead of crashing javac.
 */
final class RecordingProcessor extends AbstractProcessor {

    private final JunctionProcessor delegate = new JunctionProcessor();
    private final List<String> createdSources = new ArrayList<>();
    private final Map<String, String> writtenResources = new LinkedHashMap<>();
    private final String failingSource;

    /** Records what the processor creates. */
    RecordingProcessor() {
        this(null);
    }

    private RecordingProcessor(String failingSource) {
        this.failingSource = failingSource;
    }

    /** Records what the processor creates, and fails with an {@link IOException} when it creates that class. */
    static RecordingProcessor failingToCreate(String qualifiedName) {
        return new RecordingProcessor(qualifiedName);
    }

    /** The qualified names of the source files the processor created, in order. */
    List<String> createdSources() {
        return List.copyOf(createdSources);
    }

    /** The text of each resource the processor wrote, by its name relative to the output root. */
    Map<String, String> writtenResources() {
        return Map.copyOf(writtenResources);
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Filer filer = proxy(Filer.class, env.getFiler(), (method, args, proceed) -> {
            if (method.getName().equals("createSourceFile")) {
                if (args[0].toString().equals(failingSource)) {
                    throw new IOException("No space left on device");
                }
                createdSources.add(args[0].toString());
            }
            Object result = proceed.call();
            return method.getName().equals("createResource")
                    ? recording((FileObject) result, args[2].toString()) : result;
        });
        delegate.init(proxy(ProcessingEnvironment.class, env,
                (method, args, proceed) -> method.getName().equals("getFiler") ? filer : proceed.call()));
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

    /** A resource whose writer keeps a copy of the text, and passes it on when closed. */
    private FileObject recording(FileObject resource, String name) {
        return proxy(FileObject.class, resource, (method, args, proceed) -> {
            if (!method.getName().equals("openWriter")) {
                return proceed.call();
            }
            Writer target = (Writer) proceed.call();
            return new StringWriter() {
                @Override
                public void close() throws IOException {
                    writtenResources.put(name, toString());
                    try (target) {
                        target.write(toString());
                    }
                }
            };
        });
    }

    private interface Interceptor {
        Object call(Method method, Object[] args, Call proceed) throws Throwable;
    }

    private interface Call {
        Object call() throws Throwable;
    }

    /** A proxy that lets the interceptor decide each call, {@code proceed} forwarding it to {@code target}. */
    private static <T> T proxy(Class<T> type, T target, Interceptor interceptor) {
        InvocationHandler handler = (proxy, method, args) -> interceptor.call(method, args, () -> {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
