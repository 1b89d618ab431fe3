FROM berth-test/busybox:1
WORKDIR /app
ADD index.html /app/index.html
CMD ["sh"]
