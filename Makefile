# The two commands of the README: `make demo` and `make test`. Everything they need is
# installed by scripts/bootstrap.sh and deploy/local/kafka.sh.
.PHONY: demo test kafka-start kafka-stop lint schemas

demo:
	bash scripts/demo.sh

test:
	bash scripts/test.sh

kafka-start:
	bash deploy/local/kafka.sh start

kafka-stop:
	bash deploy/local/kafka.sh stop

lint:
	.venv/bin/ruff check worker tests scripts bench && .venv/bin/mypy

schemas:
	.venv/bin/event-worker schemas schemas
