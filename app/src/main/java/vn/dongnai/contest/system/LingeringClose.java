package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection after a 413 the way nginx does ("lingering close"), so the client actually
 * reads the answer. A browser uploading a file reads no response before its upload is sent; the
 * server answers 413 early and stops reading the body. Left open, both sides wait for ever; closed
 * at once with the rest of the upload unread, the kernel answers with a reset that throws away the
 * 413 the client had already received. So the 413 is followed by the end of the server's side of
 * the stream only, the rest of the body is read and dropped, and the connection closes when the
 * body ends, the client hangs up, or {@link #LINGER_SECONDS} have passed.
 */
@Singleton
@Requires(beans = NettyServerCustomizer.Registry.class)
final class LingeringClose implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** nginx's lingering_time: long enough for an upload on a slow phone link to finish, no longer. */
    static final int LINGER_SECONDS = 30;
    private static final String HANDLER = "contest-lingering-close";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private record Customizer(Channel channel) implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            // HTTP/1.1 only: an HTTP/2 stream is reset on its own, the connection goes on
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER, new Handler());
            }
        }
    }

    /** Sits right after the HTTP codec: sees requests, body parts and responses as objects. */
    static final class Handler extends ChannelDuplexHandler {

        private boolean bodyComplete = true;
        private boolean tooLargeAnswered;
        private boolean lingering;
        private ChannelPromise closePromise;
        private ScheduledFuture<?> deadline;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest) {
                bodyComplete = false;
            }
            if (msg instanceof LastHttpContent) {
                bodyComplete = true;
            }
            if (!lingering) {
                ctx.fireChannelRead(msg);
                return;
            }
            ReferenceCountUtil.release(msg);
            if (bodyComplete) {
                closeNow(ctx);
            }
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof HttpResponse response && response.status().code() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()) {
                tooLargeAnswered = true;
            }
            ctx.write(msg, promise);
        }

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            if (lingering) {
                closePromise.addListener(f -> promise.trySuccess());
                return;
            }
            if (!tooLargeAnswered || bodyComplete || !(ctx.channel() instanceof DuplexChannel duplex) || !ctx.channel().isActive()) {
                ctx.close(promise);
                return;
            }
            lingering = true;
            closePromise = promise;
            duplex.shutdownOutput();
            ctx.channel().config().setAutoRead(true);
            ctx.read();
            deadline = ctx.executor().schedule(() -> closeNow(ctx), LINGER_SECONDS, TimeUnit.SECONDS);
        }

        /** A client that resets the connection while the rest of its body is dropped needs no more answer. */
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (lingering) {
                closeNow(ctx);
                return;
            }
            ctx.fireExceptionCaught(cause);
        }

        private void closeNow(ChannelHandlerContext ctx) {
            if (deadline != null) {
                deadline.cancel(false);
            }
            if (closePromise != null && !closePromise.isDone()) {
                ctx.close(closePromise);
            }
        }
    }
}
