provider "aws" {
  region = "eu-west-1"
}

resource "aws_db_instance" "orders" {
  identifier          = "orders-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  db_name             = "orders"
  username            = "orders_admin"
  password            = "LK26Uhdxxl7w6B8LslqYZQ0Z"
  skip_final_snapshot = false
  deletion_protection = true

  tags = {
    service = "orders-api"
  }
}
