# The two commands of the README: `make demo` and `make test`. Everything they need is
# installed by scripts/bootstrap.sh and deploy/local/kafka.sh.
.PHONY: demo test kafka-start kafka-stop lint schemas native

demo:
	bash scripts/demo.sh

test:
	bash scripts/test.sh

kafka-start:
	bash deploy/local/kafka.sh start

kafka-stop:
	bash deploy/local/kafka.sh stop

lint:
	.venv/bin/ruff check worker tests scripts bench && .venv/bin/ruff format --check worker tests scripts bench && .venv/bin/mypy

schemas:
	.venv/bin/event-worker schemas schemas

# Opt-in: the extraction engine compiled by mypyc into .native/ (see the script).
native:
	bash scripts/build_native.sh
