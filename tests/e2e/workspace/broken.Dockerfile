FROM berth-test/busybox:1
FROMM scratch
CMD ["sh"]
