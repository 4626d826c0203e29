fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match app::run(&args, "") {
        Ok(out) => println!("{}", out),
        Err(e) => {
            eprintln!("{}", e);
            std::process::exit(2);
        }
    }
}
